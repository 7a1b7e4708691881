# `import dis` succeeds under either backend; a program that only imports it (or reads
# its opcode-name table) runs the same everywhere.
import dis

print(type(dis).__name__, dis.__name__)
print(isinstance(dis.opname, list), len(dis.opname))
print(callable(dis.dis))
