#pragma once

// Issue 16: while a PDF is written on this thread, Qt's PDF engine deflates its page streams at level 3
// instead of zlib's default 6. QPdfEngine has no setting for it, and on a table of 50,000 cases its
// deflate was a third of the time: at level 3 the report takes 0.70x the time (6.1 s -> 4.4 s) and the
// file is 1.23x the size (18.0 -> 22.1 MB); level 1 gives 26.9 MB for no more speed. The engine's calls
// reach zlib's deflateInit_() through this program, which defines it (PdfDeflateScope.cpp) and passes
// every call on to zlib unchanged, except a default-level one on a thread inside a scope.
class PdfDeflateScope
{
public:
    static constexpr int Level = 3;

    PdfDeflateScope();
    ~PdfDeflateScope();
    PdfDeflateScope(const PdfDeflateScope&) = delete;
    PdfDeflateScope& operator=(const PdfDeflateScope&) = delete;

    // The level a default-level deflate on this thread gets now (for the test).
    static int effectiveDefaultLevel();
};
