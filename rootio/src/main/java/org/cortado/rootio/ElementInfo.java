package org.cortado.rootio;

/**
 * The members of a TBranchElement that say what it holds: {@code className} is the class of the
 * object the branch stores ({@code vector<float>}, {@code string}) for a top-level branch, or of the
 * object whose member it stores for a split one, and {@code parentName} the class whose streamer
 * describes the member, {@code id} its index there; {@code type} and {@code streamerType} are ROOT's
 * fType and fStreamerType (65 for a TString).
 */
record ElementInfo(String className, String parentName, int id, int type, int streamerType) {}
