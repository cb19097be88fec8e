"""The text as read: tokens (`tokenizer`), the regular expressions built from word lists
(`patterns`) and what a pattern requires of a text before it is run (`literals`), site furniture to
skip (`furniture`), sentences (`sentences`), and what the page says about itself: outlet, date line,
wire credits (`metadata`)."""
