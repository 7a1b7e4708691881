class Q:
    def get(self):
        return None
q = Q()
q.get().strip().lower()
