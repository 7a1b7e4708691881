import unittest
class T(unittest.TestCase):
    def test_fail(self):
        print("failing")
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        raise KeyError("k")
    def test_ok(self):
        pass
unittest.main()
