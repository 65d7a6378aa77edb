"""Writes the RDataFrame skim that RdfSkimTest analyses: what a physicist makes of NanoAOD with
ROOT's RDataFrame, Defined RVec columns with no counter branch, written by Snapshot.

The input is the toy Drell-Yan file the test regenerates itself:
    cortado generate --sample dy --events 4000 --seed 11 --compression lz4 --level 4 -o dy4k.root
Run with the pip package ROOT (6.40 here), in a virtualenv outside the build:
    python example-zmumu/tools/make_rdf_skim.py dy4k.root \
        example-zmumu/src/test/resources/rdf/dy4k-rdf-skim.root
The selections below are repeated, as a hand loop over the original file, in RdfSkimTest.
"""
import sys

import ROOT

source, target = sys.argv[1], sys.argv[2]
df = ROOT.RDataFrame("Events", source)
df = (df.Define("muon_mask", "Muon_pt > 15 && abs(Muon_eta) < 2.4")
      .Define("GoodMuon_pt", "Muon_pt[muon_mask]")
      .Define("GoodMuon_eta", "Muon_eta[muon_mask]")
      .Define("GoodMuon_phi", "Muon_phi[muon_mask]")
      .Define("GoodMuon_mass", "Muon_mass[muon_mask]")
      .Define("GoodMuon_charge", "Muon_charge[muon_mask]")
      .Define("jet_mask", "Jet_pt > 30 && abs(Jet_eta) < 2.5")
      .Define("GoodJet_pt", "Jet_pt[jet_mask]")
      .Define("GoodJet_eta", "Jet_eta[jet_mask]")
      # Two vectors that share a name prefix but not their sizes: not one collection.
      .Define("Unrelated_muonPt", "Muon_pt[muon_mask]")
      .Define("Unrelated_jetPt", "Jet_pt[jet_mask]")
      .Filter("nMuon >= 1", "at least one muon"))
columns = ["run", "luminosityBlock", "event", "genWeight", "GoodMuon_pt", "GoodMuon_eta", "GoodMuon_phi",
           "GoodMuon_mass", "GoodMuon_charge", "GoodJet_pt", "GoodJet_eta",
           "Unrelated_muonPt", "Unrelated_jetPt"]
options = ROOT.RDF.RSnapshotOptions()
options.fCompressionAlgorithm = ROOT.RCompressionSetting.EAlgorithm.kZLIB
options.fCompressionLevel = 4
df.Snapshot("Events", target, columns, options)
print("wrote", target, "with", ROOT.RDataFrame("Events", target).Count().GetValue(), "events")
