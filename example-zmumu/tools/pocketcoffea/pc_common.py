"""Shared helpers for the PocketCoffea reference harness (run with the /tmp/pcvenv interpreter).

PocketCoffea's default parameters resolve every correction file through a `${cvmfs:...}` resolver
that checks the file exists under /cvmfs/cms-griddata.cern.ch. There is no CVMFS here, so
`default_parameters()` swaps that resolver for one that maps the JME 2018 UL `jet_jerc.json.gz` to
a local file and every other CVMFS reference to a placeholder path that is never opened by the
harness (each file it does open is overridden explicitly afterwards). Everything else is
PocketCoffea's own `get_default_parameters()`.
"""
import json
import math
import os
import subprocess
import sys

import numpy as np

PC_REPO_DEFAULT = "/work/.mirror/PocketCoffea+PocketCoffea/repo"


def install_local_cvmfs_resolver(jme_json):
    """Replace pocket_coffea.parameters.defaults.setup_cvmfs_resolver by a local mapping."""
    from omegaconf import OmegaConf
    import pocket_coffea.parameters.defaults as defaults

    def setup_local(group_tags=None):
        def resolver(period, group, file, tag=None):
            if group == "JME" and file == "jet_jerc.json.gz" and period.startswith("Run2-2018-UL"):
                return os.path.abspath(jme_json)
            return f"/nonexistent-cvmfs/{group}/{period}/{tag or 'latest'}/{file}"

        OmegaConf.register_new_resolver("cvmfs", resolver, replace=True)

    defaults.setup_cvmfs_resolver = setup_local


def pick_jer_tag(jme_json, wanted, jet_type="AK4PFchs"):
    """Return (tag, note). `wanted` if the file has its PtResolution, otherwise the file's only
    other `<prefix>JRV<n>_MC` tag for that jet type (e.g. the fixture 2018 UL file has
    Summer19UL18_JRV2_MC but not PocketCoffea's default Summer19UL18_JRV3_MC)."""
    import correctionlib
    cs = correctionlib.CorrectionSet.from_file(jme_json)
    keys = set(cs.keys())
    if f"{wanted}_PtResolution_{jet_type}" in keys:
        return wanted, None
    prefix = wanted.split("_JRV")[0] + "_JRV"
    cands = sorted(k[: -len(f"_PtResolution_{jet_type}")] for k in keys
                   if k.startswith(prefix) and k.endswith(f"_MC_PtResolution_{jet_type}"))
    if len(cands) != 1:
        raise SystemExit(f"{jme_json}: no {wanted}_PtResolution_{jet_type} and no unique "
                         f"replacement (candidates {cands})")
    return cands[0], (f"{wanted} is not in {os.path.basename(jme_json)}; using {cands[0]}, "
                      f"the only {prefix}*_MC tag it has")


def install_legacy_jer_sf_support():
    """Let PocketCoffea HEAD's JER code run on old-format JER scale factors.

    HEAD (since 6d79d13, in 0.9.13) evaluates `<jer>_ScaleFactor_<type>` with only numeric
    inputs and takes up/down as SF*(1 +/- `<jer>_SFUncertainty_<type>`). Older JME files (the
    fixture 2018 UL file, JRV2) have no SFUncertainty and a ScaleFactor(JetEta, systematic)
    with systematic in {nom, up, down}. For such a ScaleFactor this wrapper calls HEAD's own,
    still present, legacy helper `pocket_coffea.lib.jets.get_jersmear(eval_dict, ceval, tag,
    "nom"|"up"|"down")` three times -- what PocketCoffea <= 0.9.12 did -- and returns what
    get_jersmear_SFunc returns. New-format files go to the unchanged HEAD function.
    Returns True (installed)."""
    import pocket_coffea.lib.jets as pc_jets
    if getattr(pc_jets.get_jersmear_SFunc, "_legacy_shim", False):
        return True
    head_fn = pc_jets.get_jersmear_SFunc

    def shim(_eval_dict, _ceval, _jer_sf_tag, syst_tag=None):
        names = [i.name for i in _ceval[_jer_sf_tag].inputs]
        if "systematic" not in names:
            return head_fn(_eval_dict, _ceval, _jer_sf_tag, syst_tag=syst_tag)
        _, nom = pc_jets.get_jersmear(_eval_dict, _ceval, _jer_sf_tag, "nom")
        if not syst_tag:
            return nom
        _, up = pc_jets.get_jersmear(_eval_dict, _ceval, _jer_sf_tag, "up")
        _, down = pc_jets.get_jersmear(_eval_dict, _ceval, _jer_sf_tag, "down")
        return nom, up, down

    shim._legacy_shim = True
    pc_jets.get_jersmear_SFunc = shim
    return True


def jer_sf_values(_eval_dict, _ceval, _jer_sf_tag, syst_tag=None):
    """(sf_nom, sf_up, sf_down, mode) as the JER code above uses them, for either format."""
    import numpy as np
    names = [i.name for i in _ceval[_jer_sf_tag].inputs]
    c = _ceval[_jer_sf_tag]
    if "systematic" in names:
        ev = lambda s: np.asarray(c.evaluate(*[s if n == "systematic" else _eval_dict[n] for n in names]))
        return ev("nom"), ev("up"), ev("down"), "legacy ScaleFactor(systematic=nom|up|down)"
    nom = np.asarray(c.evaluate(*[_eval_dict[n] for n in names]))
    if syst_tag and syst_tag in list(_ceval.keys()):
        u = _ceval[syst_tag]
        unc = np.asarray(u.evaluate(*[_eval_dict[i.name] for i in u.inputs]))
        return nom, nom * (1 + unc), nom * (1 - unc), "ScaleFactor * (1 +/- SFUncertainty)"
    return nom, None, None, "ScaleFactor (no uncertainty)"


def default_parameters(jme_json, jer_tag=None):
    """PocketCoffea's default parameters with the local CVMFS mapping and only AK4 jets calibrated.

    FatJet (AK8PFPuppi) would need fatJet_jerc.json.gz, which the fixtures do not have; the
    Z->mumu analysis and the per-jet reference only use Jet and CorrT1METJet. `jer_tag`, if
    given, replaces the 2018 AK4PFchs JER tag.
    """
    from omegaconf import OmegaConf
    install_local_cvmfs_resolver(jme_json)
    import pocket_coffea.parameters.defaults as defaults
    params = defaults.get_default_parameters()
    jme = os.path.abspath(jme_json)
    ak4 = {"2018": {"json_path": jme}}
    if jer_tag:
        ak4["2018"]["jer"] = jer_tag
    overlay = OmegaConf.create({
        "default_jets_calibration": {"factory_config_clib": {"AK4PFchs": ak4}},
        "jets_calibration": {
            "collection": {"2018": {"AK8PFPuppi": None}},
            "jet_types": {"AK4PFchs": ak4, "AK4CorrT1METJetchs": ak4},
        }
    })
    params = OmegaConf.merge(params, overlay)
    OmegaConf.resolve(params)
    return params


def versions():
    import awkward, coffea, correctionlib, numpy, uproot, vector, hist, omegaconf
    import pocket_coffea
    out = {
        "python": sys.version.split()[0],
        "pocket_coffea": getattr(pocket_coffea, "__version__", "?"),
        "coffea": coffea.__version__,
        "awkward": awkward.__version__,
        "correctionlib": correctionlib.__version__,
        "numpy": numpy.__version__,
        "uproot": uproot.__version__,
        "vector": vector.__version__,
        "hist": hist.__version__,
        "omegaconf": omegaconf.__version__,
    }
    try:
        out["pocket_coffea_commit"] = subprocess.run(
            ["git", "-C", os.environ.get("PC_REPO", PC_REPO_DEFAULT), "rev-parse", "HEAD"],
            capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        out["pocket_coffea_commit"] = None
    return out


def jsonable(x):
    """Convert numpy / awkward scalars and lists to plain JSON (floats keep full precision:
    Python's repr of a float64 round-trips exactly). Non-finite floats become strings."""
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, np.ndarray):
        return jsonable(x.tolist())
    if isinstance(x, (np.floating, float)):
        f = float(x)
        if math.isnan(f):
            return "NaN"
        if math.isinf(f):
            return "Infinity" if f > 0 else "-Infinity"
        return f
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.bool_,)):
        return bool(x)
    return x


def dump_json(obj, path, compact=False):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        if compact:
            json.dump(jsonable(obj), f, separators=(",", ":"), allow_nan=False, sort_keys=True)
        else:
            json.dump(jsonable(obj), f, indent=1, allow_nan=False, sort_keys=True)
        f.write("\n")


def content_digest(path, tree="Events"):
    """SHA-256 (hex) of the values of every branch of `tree`, independent of how the file is laid
    out (compression, baskets, ROOT headers). Branches in sorted name order; for each: the UTF-8
    name, a zero byte, the number of values as a little-endian int64, then the flat values
    (all entries, jagged ones concatenated) little-endian in the branch's own type, booleans as
    one byte 0/1. PocketCoffeaCalibratedTest computes the same in Java, to check that a file it
    generates in-process holds the events this reference was made from."""
    import hashlib
    import struct
    import awkward as ak
    import uproot
    t = uproot.open(path)[tree]
    h = hashlib.sha256()
    for name in sorted(t.keys()):
        values = t[name].array(library="ak")
        flat = np.asarray(ak.to_numpy(ak.flatten(values, axis=None)))
        if flat.dtype == np.bool_:
            flat = flat.astype(np.uint8)
        flat = flat.astype(flat.dtype.newbyteorder("<"), copy=False)
        h.update(name.encode("utf-8") + b"\0")
        h.update(struct.pack("<q", flat.size))
        h.update(flat.tobytes())
    return h.hexdigest()
