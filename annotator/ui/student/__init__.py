"""The student's window: the article, the category buttons, the note, the prompts and their highlights."""
