package org.cortado.rootio;

/**
 * One member of a class as its TStreamerInfo describes it: {@code type} is ROOT's streamer type code
 * and {@code typeName} the C++ type ({@code vector<float>}, {@code Double32_t}); the title holds the
 * member's comment, where a {@code Double32_t} keeps its {@code [min,max,nbits]}. A base class is an
 * element of class TStreamerBase named after it.
 */
record StreamerElement(String elementClass, String name, String title, int type, String typeName) {}
