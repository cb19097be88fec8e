"""The text as read: tokens (`tokenizer`), the regular expressions built from word lists
(`patterns`), site furniture to skip (`furniture`), sentences (`sentences`), and what the page says
about itself: outlet, date line, wire credits (`metadata`)."""
