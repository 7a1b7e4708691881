import unittest
class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.x = 2
    def test_add(self):
        print("in test_add")
        self.assertEqual(self.x + 2, 4)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught", cm.exception)
        self.assertRaises(ValueError, int, "x")
    def test_misc(self):
        self.assertTrue(True); self.assertIn(1, [1]); self.assertIsNone(None); self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(1, int); self.assertGreater(2, 1); self.assertCountEqual([1, 2], [2, 1]); self.assertNotEqual(1, 2)
    @unittest.skip("not now")
    def test_skipped(self):
        pass
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
class TestOther(unittest.TestCase):
    def test_a(self):
        print("other a")
    @unittest.expectedFailure
    def test_b(self):
        self.assertEqual(1, 2)
if __name__ == "__main__":
    unittest.main()
