"""Claims from mentions: which kind a figure is (`kinds`), who claims it, sends or gives it and to whom
(`claimants`), which date it gets (`dating`), where it stands (`layout`), all put together by the
pipeline component (`assembler.ClaimAssembler`)."""
