"""unittest, reduced: TestCase with the common assertions, skips and expected failures,
subTest, TestSuite/TestLoader/TextTestRunner/TestResult and main(), reporting on stderr in
CPython's format (dots, tracebacks of failures and errors, 'Ran N tests', OK/FAILED line)."""

import sys
import time
import traceback

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure']

__unittest = True


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ShouldStop(Exception):
    pass


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


def _strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def skip(reason):
    """Unconditionally skips a test (function or class)."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.msg or "{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None:
            import re
            pattern = self.expected_regex
            if isinstance(pattern, str):
                pattern = re.compile(pattern)
            if not pattern.search(str(exc_value)):
                self.test_case.fail('"{}" does not match "{}"'.format(pattern.pattern, str(exc_value)))
        return True

    def handle(self, args, kwargs):
        if not args:
            return self
        callable_obj, *args = args
        with self:
            callable_obj(*args, **kwargs)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self.message = message
        self.params = params


class TestCase:
    """A test case: the test_* methods of a subclass, each run on a fresh instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome_errors = []
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return "%s.%s" % (_strclass(self.__class__), self._testMethodName)

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_strclass(self.__class__), self._testMethodName)

    def countTestCases(self):
        return 1

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        self._current_result = result
        result.startTest(self)
        try:
            if getattr(self.__class__, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, '__unittest_expecting_failure__', False)
            self._subtest_failed = False
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except BaseException:
                result.addError(self, sys.exc_info())
                return result
            outcome = self._call(method, result, expecting_failure)
            try:
                self.tearDown()
            except BaseException:
                result.addError(self, sys.exc_info())
                outcome = None
            if outcome == 'success':
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                elif not self._subtest_failed:
                    result.addSuccess(self)
        finally:
            result.stopTest(self)
        return result

    def _call(self, method, result, expecting_failure):
        try:
            method()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return 'skip'
        except self.failureException:
            if expecting_failure:
                result.addExpectedFailure(self, sys.exc_info())
            else:
                result.addFailure(self, sys.exc_info())
            return 'failure'
        except KeyboardInterrupt:
            raise
        except BaseException:
            if expecting_failure:
                result.addExpectedFailure(self, sys.exc_info())
            else:
                result.addError(self, sys.exc_info())
            return 'error'
        return 'success'

    # --- assertions ---

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % (_safe_repr(first), _safe_repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    assertListEqual = assertTupleEqual = assertSetEqual = assertDictEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
        self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        for item in first:
            if item in missing:
                missing.remove(item)
            else:
                self.fail(self._formatMessage(msg, 'Element counts were not equal'))
        if missing:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        return context.handle(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop('msg', None))
        return context.handle(args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))


class _SubTestContext:
    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return False
        result = getattr(self.test, '_current_result', None)
        self.test._subtest_failed = True
        if result is not None:
            if issubclass(exc_type, self.test.failureException):
                result.addFailure(self.test, (exc_type, exc_value, tb))
            else:
                result.addError(self.test, (exc_type, exc_value, tb))
            return True
        return False


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc

    def runTest(self):
        self._testFunc()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def run(self, result):
        classes_set_up = []
        for test in self._tests:
            if isinstance(test, TestSuite):
                test.run(result)
                continue
            cls = test.__class__
            if cls not in classes_set_up:
                classes_set_up.append(cls)
                if not getattr(cls, '__unittest_skip__', False):
                    cls.setUpClass()
            test._current_result = result
            test.run(result)
        for cls in classes_set_up:
            if not getattr(cls, '__unittest_skip__', False):
                cls.tearDownClass()
        return result

    def __call__(self, result):
        return self.run(result)


class TestLoader:
    testMethodPrefix = 'test'

    def getTestCaseNames(self, testCaseClass):
        return sorted(name for name in dir(testCaseClass)
                      if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)))

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)


defaultTestLoader = TestLoader()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        # Frames of the unittest module itself are left out, as CPython does.
        while tb is not None and tb.tb_frame.f_globals.get('__unittest'):
            tb = tb.tb_next
        if value is not None:
            value = value.with_traceback(tb)
        return ''.join(traceback.format_exception(exctype, value, tb))

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        super().__init__()
        self.stream = stream
        self.verbosity = verbosity

    def _mark(self, short, long):
        if self.verbosity > 1:
            self.stream.write(long + "\n")
        else:
            self.stream.write(short)
        self.stream.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.verbosity > 1:
            self.stream.write(str(test) + " ... ")
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark('.', 'ok')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark('E', 'ERROR')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark('F', 'FAIL')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark('s', 'skipped {0!r}'.format(reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark('x', 'expected failure')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark('u', 'unexpected success')

    def printErrors(self):
        if self.verbosity == 1:
            self.stream.write("\n")
        self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            for test, err in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write("%s: %s\n" % (flavour, test))
                self.stream.write(self.separator2 + "\n")
                self.stream.write("%s\n" % err)
        self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, True, self.verbosity)
        start = time.perf_counter()
        test(result)
        taken = time.perf_counter() - start
        result.printErrors()
        write = self.stream.write
        write(result.separator2 + "\n")
        run = result.testsRun
        write("Ran %d test%s in %.3fs\n\n" % (run, run != 1 and "s" or "", taken))
        infos = []
        if not result.wasSuccessful():
            write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            write(" (%s)\n" % (", ".join(infos),))
        else:
            write("\n")
        self.stream.flush()
        return result


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        self.verbosity = verbosity
        self.exit = exit
        if defaultTest is None:
            self.test = testLoader.loadTestsFromModule(module)
        else:
            names = [defaultTest] if isinstance(defaultTest, str) else defaultTest
            self.test = TestSuite([testLoader.loadTestsFromTestCase(getattr(module, n)) for n in names])
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
