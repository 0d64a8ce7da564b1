#!/usr/bin/env python3
"""Writes OUTDIR/limits/: Keras .h5 files whose weight dataset declares a size it does not hold
(2^40 elements; 10^8 elements in a file of a few KB). HDF5 files need the HDF5 C library, so
the small C helper h5_declared.c is compiled and run (python3 has no h5py here)."""
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(sys.argv[1], "limits")
os.makedirs(out, exist_ok=True)
flags = subprocess.run(["pkg-config", "--cflags", "--libs", "hdf5-serial"], check=True,
                       capture_output=True, text=True).stdout.split()
with tempfile.TemporaryDirectory() as tmp:
    exe = os.path.join(tmp, "h5_declared")
    subprocess.run(["cc", "-O1", "-o", exe, os.path.join(here, "h5_declared.c")] + flags,
                   check=True)
    # 2^20 x 2^20 = 2^40 floats (4 TiB): absurd for any layer.
    subprocess.run([exe, os.path.join(out, "declared_2pow40.h5"), str(1 << 20), str(1 << 20)],
                   check=True)
    # 10^4 x 10^4 = 10^8 floats (400 MB) declared in a file of a few KB.
    subprocess.run([exe, os.path.join(out, "declared_beyond_file.h5"), "10000", "10000"],
                   check=True)
