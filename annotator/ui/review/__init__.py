"""The teacher's review window: the class table, one student's work against the key, feedback and exports."""
