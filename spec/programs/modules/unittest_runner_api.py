import unittest
class T(unittest.TestCase):
    def test_one(self):
        self.assertTrue(1)
suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(verbosity=0).run(suite)
print(result.wasSuccessful(), result.testsRun, len(result.failures))
r = unittest.TestResult()
T("test_one").run(r)
print(r.testsRun, r.wasSuccessful())
try:
    T().assertEqual(1, 2, "custom")
except AssertionError as e:
    print(e)
print(str(T("test_one")), T("test_one").id())
unittest.main(exit=False)
print("after main")
