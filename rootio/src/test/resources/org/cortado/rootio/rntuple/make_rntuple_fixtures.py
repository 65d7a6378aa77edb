# Makes the dy150_*.root RNTuples beside this script: 150 generated Drell-Yan events converted by ROOT's
# RNTupleImporter once per compression (none, zlib, lzma, lz4, zstd), and once more with zstd, clusters of
# about 4 kB and pages of at most 256 bytes (11 clusters, several pages per column), for RNTupleTruthTest.
# Needs a Python with ROOT 6.34 or later (pip install ROOT, in a virtual environment of its own); run from
# the repository root:
#   ./cortado generate --sample=dy --events=150 --seed=3 --compression=zstd --quiet -o /tmp/dy150.root
#   python rootio/src/test/resources/org/cortado/rootio/rntuple/make_rntuple_fixtures.py /tmp/dy150.root
# then rewrite the goldens with make_rntuple_truth.py. The committed files were written by ROOT 6.40.00.
import os
import sys

import ROOT

here = os.path.dirname(os.path.abspath(__file__))
importer_class = getattr(ROOT.Experimental, "RNTupleImporter", None) or ROOT.RNTupleImporter
for name, compression, small in [("none", 0, False), ("zlib", 101, False), ("lzma", 207, False),
                                 ("lz4", 404, False), ("zstd", 505, False), ("zstd_smallpages", 505, True)]:
    importer = importer_class.Create(sys.argv[1], "Events", os.path.join(here, "dy150_" + name + ".root"))
    options = importer.GetWriteOptions()
    options.SetCompression(compression)
    if small:
        options.SetApproxZippedClusterSize(4096)
        options.SetInitialUnzippedPageSize(16)
        options.SetMaxUnzippedPageSize(256)
    importer.SetWriteOptions(options)
    importer.Import()
