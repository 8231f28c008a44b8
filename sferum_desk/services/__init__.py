"""Qt-free business logic. Each module does one capability's jobs, one transaction each."""
