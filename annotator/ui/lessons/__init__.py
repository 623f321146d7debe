"""The teacher's lesson tools: the Teacher menu, the lesson library, the lesson editor and the answer key."""
