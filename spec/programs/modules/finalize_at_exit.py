# At interpreter exit the objects module globals keep alive are finalized: __main__'s first,
# then the imported module's.
from finalize_at_exit_pkg import first

here = first.Noisy('main.here')
print('first started:', first.running.gi_frame is not None)
print('end of main')
