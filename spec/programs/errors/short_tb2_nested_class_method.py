class Outer:
    class Inner:
        def run(self):
            return [].pop()
Outer.Inner().run()
