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


_subtest_msg_sentinel = object()


class _SubTest:
    """The test a `with self.subTest(...)` block stands for in reports."""

    failureException = AssertionError

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(', '.join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def countTestCases(self):
        return 1

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class TestCase:
    """A test case: the test_* methods of a subclass, each run on a fresh instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome_errors = []
        self._cleanups = []
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

    def subTest(self, msg=_subtest_msg_sentinel, **params):
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
            expecting_failure = (getattr(method, '__unittest_expecting_failure__', False) or
                                 getattr(self, '__unittest_expecting_failure__', False))
            self._subtest_failed = False
            self._subtest = None
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                self.doCleanups()
                return result
            except KeyboardInterrupt:
                raise
            except BaseException:
                result.addError(self, sys.exc_info())
                self.doCleanups()
                return result
            outcome = self._call(method, result, expecting_failure)
            try:
                self.tearDown()
            except KeyboardInterrupt:
                raise
            except BaseException:
                result.addError(self, sys.exc_info())
                outcome = None
            if not self.doCleanups():
                outcome = None
            if outcome == 'success' and self._subtest_failed and expecting_failure:
                result.addExpectedFailure(self, None)
            elif outcome == 'success':
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

    def _assertTypedEqual(self, first, second, msg, kind, seq_type=None):
        if seq_type is not None:
            for obj, which in ((first, 'First'), (second, 'Second')):
                if not isinstance(obj, seq_type):
                    self.fail(self._formatMessage(msg, '%s sequence is not a %s: %s'
                                                  % (which, kind, _safe_repr(obj))))
        self.assertEqual(first, second, msg)

    def assertListEqual(self, list1, list2, msg=None):
        self._assertTypedEqual(list1, list2, msg, 'list', list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self._assertTypedEqual(tuple1, tuple2, msg, 'tuple', tuple)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            self._assertTypedEqual(seq1, seq2, msg, seq_type.__name__, seq_type)
        elif list(seq1) != list(seq2):
            self.fail(self._formatMessage(msg, 'Sequences differ: %s != %s'
                                          % (_safe_repr(seq1), _safe_repr(seq2))))

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        self.assertEqual(d1, d2, msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        self.assertEqual(first, second, msg)

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        missing = []
        mismatched = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    _safe_repr(key), _safe_repr(value), _safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        standardMsg = ''
        if missing:
            standardMsg = 'Missing: %s' % ','.join(_safe_repr(m) for m in missing)
        if mismatched:
            if standardMsg:
                standardMsg += '; '
            standardMsg += 'Mismatched values: %s' % ','.join(mismatched)
        self.fail(self._formatMessage(msg, standardMsg))

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
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)))

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None))
        return context.handle(args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, kwargs.pop('msg', None))
        return context.handle(args, kwargs)

    # --- cleanups ---

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                ok = False
                result = getattr(self, '_current_result', None)
                if result is not None:
                    result.addError(self, sys.exc_info())
        return ok

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # Deprecated aliases (still present in 3.11).
    def _deprecate(original):
        def deprecated(self, *args, **kwargs):
            import warnings
            warnings.warn('Please use {0} instead.'.format(original.__name__), DeprecationWarning, 2)
            return original(self, *args, **kwargs)
        return deprecated

    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)
    del _deprecate


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.warning = None
        self.filename = None
        self.lineno = None
        self.warnings = []

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        try:
            name = self.expected.__name__
        except AttributeError:
            name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None:
                import re
                pattern = self.expected_regex
                if isinstance(pattern, str):
                    pattern = re.compile(pattern)
                if not pattern.search(str(w)):
                    continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self.test_case.fail(self.msg or '"{}" does not match "{}"'.format(
                self.expected_regex if isinstance(self.expected_regex, str) else self.expected_regex.pattern,
                str(first_matching)))
        self.test_case.fail(self.msg or '{} not triggered'.format(name))

    def handle(self, args, kwargs):
        if not args:
            return self
        callable_obj, *args = args
        with self:
            callable_obj(*args, **kwargs)


class _SubTestContext:
    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params

    def __enter__(self):
        parent = getattr(self.test, '_subtest', None)
        params = dict(parent.params) if parent is not None else {}
        params.update(self.params)
        self._parent = parent
        self.test._subtest = _SubTest(self.test, self.msg, params)
        return None

    def __exit__(self, exc_type, exc_value, tb):
        subtest = self.test._subtest
        self.test._subtest = self._parent
        if exc_type is None:
            result = getattr(self.test, '_current_result', None)
            if result is not None and hasattr(result, 'addSubTest'):
                result.addSubTest(self.test, subtest, None)
            return False
        if issubclass(exc_type, (SkipTest, KeyboardInterrupt)):
            return False
        result = getattr(self.test, '_current_result', None)
        if result is None:
            return False
        self.test._subtest_failed = True
        if hasattr(result, 'addSubTest'):
            result.addSubTest(self.test, subtest, (exc_type, exc_value, tb))
        elif issubclass(exc_type, self.test.failureException):
            result.addFailure(subtest, (exc_type, exc_value, tb))
        else:
            result.addError(subtest, (exc_type, exc_value, tb))
        return True


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc

    def runTest(self):
        self._testFunc()


class _ErrorHolder:
    """Stands for a failing class or module fixture in the results."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


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

    def _flatten(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flatten()
            else:
                yield test

    def run(self, result):
        # The tests are run in order; entering a new class runs its setUpClass (and the
        # previous class's tearDownClass), entering a new module its setUpModule, as CPython
        # does. A failing fixture is reported as an error named after it, and the tests it
        # guards are not run.
        prev_class = None
        prev_module = None
        class_failed = module_failed = False
        for test in self._flatten():
            if getattr(result, 'shouldStop', False):
                break
            cls = test.__class__
            if not isinstance(test, TestCase):
                test(result)
                continue
            module = cls.__module__
            if cls is not prev_class:
                if prev_class is not None:
                    self._tear_down_class(prev_class, class_failed, result)
                if module != prev_module:
                    if prev_module is not None:
                        self._tear_down_module(prev_module, module_failed, result)
                    module_failed = not self._set_up_module(module, result)
                    prev_module = module
                prev_class = cls
                class_failed = module_failed or not self._set_up_class(cls, result)
            if class_failed or module_failed:
                continue
            test._current_result = result
            test.run(result)
        if prev_class is not None:
            self._tear_down_class(prev_class, class_failed, result)
        if prev_module is not None:
            self._tear_down_module(prev_module, module_failed, result)
        return result

    @staticmethod
    def _fixture_error(result, exc_info, method_name, parent):
        error = _ErrorHolder('%s (%s)' % (method_name, parent))
        if isinstance(exc_info[1], SkipTest):
            result.addSkip(error, str(exc_info[1]))
        else:
            result.addError(error, exc_info)

    def _set_up_module(self, module_name, result):
        module = sys.modules.get(module_name)
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is None:
            return True
        try:
            setUpModule()
        except Exception:
            self._fixture_error(result, sys.exc_info(), 'setUpModule', module_name)
            return False
        return True

    def _tear_down_module(self, module_name, failed, result):
        if failed:
            return
        module = sys.modules.get(module_name)
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is None:
            return
        try:
            tearDownModule()
        except Exception:
            self._fixture_error(result, sys.exc_info(), 'tearDownModule', module_name)

    def _set_up_class(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return True
        try:
            cls.setUpClass()
        except Exception:
            self._fixture_error(result, sys.exc_info(), 'setUpClass', _strclass(cls))
            self._class_cleanups(cls, result)
            return False
        return True

    def _tear_down_class(self, cls, failed, result):
        if failed or getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except Exception:
            self._fixture_error(result, sys.exc_info(), 'tearDownClass', _strclass(cls))
        self._class_cleanups(cls, result)

    def _class_cleanups(self, cls, result):
        do = getattr(cls, 'doClassCleanups', None)
        if do is None:
            return
        do()
        for exc_info in getattr(cls, 'tearDown_exceptions', ()):
            self._fixture_error(result, exc_info, 'tearDownClass', _strclass(cls))

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

    @staticmethod
    def _is_unittest_frame(tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _clean_tb(self, exctype, tb, test):
        # Frames of the runner are left out; for an assertion failure, the frames of the
        # assert*() method as well, as CPython does.
        while tb is not None and self._is_unittest_frame(tb):
            tb = tb.tb_next
        if exctype is getattr(test, 'failureException', AssertionError):
            prev = None
            cur = tb
            while cur is not None and not self._is_unittest_frame(cur):
                prev = cur
                cur = cur.tb_next
            if prev is not None and cur is not None:
                prev.tb_next = None
        return tb

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tb(exctype, tb, test)
        seen = {id(value)}
        chained = [value.__cause__, value.__context__] if value is not None else []
        while chained:
            c = chained.pop()
            if c is None or id(c) in seen:
                continue
            seen.add(id(c))
            c.__traceback__ = self._clean_tb(type(c), c.__traceback__, test)
            chained.extend((c.__cause__, c.__context__))
        if value is not None:
            value = value.with_traceback(tb)
        return ''.join(traceback.format_exception(exctype, value, tb))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test) if err is not None else ''))

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
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.write(status + "\n")
        self.stream.flush()
        self._newline = True

    def _mark(self, short, long, test=None):
        if self.verbosity > 1:
            self._write_status(test, long)
        else:
            self.stream.write(short)
        self.stream.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.verbosity > 1:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()
            self._newline = False

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.verbosity > 1:
                self._write_status(subtest, "FAIL" if issubclass(err[0], subtest.failureException) else "ERROR")
            elif self.verbosity == 1:
                self.stream.write('F' if issubclass(err[0], subtest.failureException) else 'E')
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark('.', 'ok', test)

    def addError(self, test, err):
        super().addError(test, err)
        self._mark('E', 'ERROR', test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark('F', 'FAIL', test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark('s', 'skipped {0!r}'.format(reason), test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark('x', 'expected failure', test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark('u', 'unexpected success', test)

    def printErrors(self):
        if self.verbosity >= 1:
            self.stream.write("\n")
        self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            for test, err in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
                self.stream.write(self.separator2 + "\n")
                self.stream.write("%s\n" % err)
        if self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            for test in self.unexpectedSuccesses:
                self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))
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
