# unittest: module and class fixtures, cleanups, subTest reports, docstring descriptions,
# the typed assert*Equal methods, assertWarns/assertNotRegex and the deprecated aliases.
import io
import re
import sys
import unittest
import warnings

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass ' + cls.__name__)
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass ' + cls.__name__)

    def setUp(self):
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def test_doc(self):
        """First line of the doc.

        Not shown."""
        self.assertListEqual([1, 2], [1, 2])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertMultiLineEqual('a\nb', 'a\nb')
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertNotRegex('abc', 'x+')
        self.assertDictContainsSubset({'a': 1}, {'a': 1, 'b': 2}) if sys.version_info < (3, 12) else None

    def test_typed_failures(self):
        for call in (lambda: self.assertListEqual((1,), (1,)),
                     lambda: self.assertTupleEqual([1], [1]),
                     lambda: self.assertSetEqual({1, 2}, {2, 3}),
                     lambda: self.assertDictEqual([], {}),
                     lambda: self.assertNotRegex('abc', 'b')):
            try:
                call()
            except AssertionError as e:
                log.append(str(e))

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest('named', k='v'):
            raise KeyError('inside')
        with self.subTest():
            self.fail('no params')

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('going away', DeprecationWarning)
        log.append(str(cm.warning))
        with self.assertWarnsRegex(UserWarning, 'o+'):
            warnings.warn('foo')
        try:
            with self.assertWarns(UserWarning):
                pass
        except AssertionError as e:
            log.append(str(e))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            self.assertEquals(1, 1)
            self.failUnless(True)
            self.assertRaisesRegexp(ValueError, 'lit', int, 'x')

    def test_enter_context(self):
        class CM:
            def __enter__(self):
                log.append('enter')
                return 7

            def __exit__(self, *exc):
                log.append('exit')
        self.assertEqual(self.enterContext(CM()), 7)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class set-up fails')

    def test_never(self):
        log.append('never runs')


@unittest.skip('skipped class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


stream = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in (Basics, BrokenClass, Skipped)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File X', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.unexpectedSuccesses), result.wasSuccessful())
for test, _ in result.failures + result.errors:
    print(type(test).__name__, test)
for line in log:
    print(line)
