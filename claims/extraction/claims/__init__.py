"""Claims from mentions: which kind a figure is, who claims it and when (`assembler`)."""
