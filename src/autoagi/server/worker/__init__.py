"""Running jobs: in the API process by default, in `autoagi worker` processes over Redis (arq)."""
