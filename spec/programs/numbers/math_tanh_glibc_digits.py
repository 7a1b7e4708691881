# math.tanh gives glibc's digits: glibc computes it from expm1 (-t / (t + 2) with t = expm1(-2|x|)
# below 1), which for small arguments often differs in the last digit from a correctly rounded
# tanh (and from V8's Math.tanh, which this used before).
import math

for x in [-2.150549325778355e-11, -1.6587804377471497e-11, 2.4477085604347426e-14,
          -1.3717072947843614e-15, 9.257331928629398e-11, -1.7002975710945446e-16,
          -8.646853908426973e-10, 5.752634995914515e-13, 3.2581242743564978e-09,
          5.159477577505047e-10, -1.1466555326146847e-10]:
    print(repr(x), repr(math.tanh(x)))

# A sweep of small arguments.
print([repr(math.tanh(k * 1.37e-12 * (-1) ** k)) for k in range(1, 30)])
print(sum(1 for k in range(1, 400) if math.tanh(k * 1.1e-9) == k * 1.1e-9))

for x in [0.0, -0.0, 2 ** -56, -2 ** -55, 2 ** -54, 0.5, 1.0, -1.0, 3.0, 21.9, 22.0, -22.0, 1e300,
          math.inf, -math.inf, math.nan, 5e-324]:
    print(repr(x), repr(math.tanh(x)))

# cmath.tanh (and cmath.tan, through tanh of i*z) take the real part's tanh from the same libm
# tanh.
import cmath
for z in [3.9976616033785945e-10-1.313888061851061j, 1.5824326044494073e-09+0.17600925801837608j,
          6.675694706829091e-10+1.2178075744256693j, -3.295355617015666e-09+2.6183232510384116j,
          3.373845818353399e-09-1.224556375867153j, 2.714572975452159e-09+1.4199019659825112j]:
    print(repr(cmath.tanh(z)), repr(cmath.tan(complex(-z.imag, z.real))))
