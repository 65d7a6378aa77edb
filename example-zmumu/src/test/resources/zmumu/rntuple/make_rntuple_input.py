# Makes dy_1000_seed7_zstd.root beside this script: the generated Drell-Yan input of the Z->mumu example
# converted to an RNTuple by ROOT's RNTupleImporter, for ZMuMuReferenceTest. Needs a Python with ROOT 6.34
# or later (pip install ROOT, in a virtual environment of its own), run from the repository root:
#   ./cortado generate --sample=dy --events=1000 --seed=7 --compression=zstd --quiet -o /tmp/dy.root
#   python example-zmumu/src/test/resources/zmumu/rntuple/make_rntuple_input.py /tmp/dy.root
# The committed file was written by ROOT 6.40.00 with compression 505 (ZSTD level 5).
import os
import sys

import ROOT

source = sys.argv[1]
target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dy_1000_seed7_zstd.root")
importer_class = getattr(ROOT.Experimental, "RNTupleImporter", None) or ROOT.RNTupleImporter
importer = importer_class.Create(source, "Events", target)
options = importer.GetWriteOptions()
options.SetCompression(505)
importer.SetWriteOptions(options)
importer.Import()
