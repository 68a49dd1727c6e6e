#include "PdfDeflateScope.h"

#include <zlib.h>

#include <dlfcn.h>

namespace {
thread_local int t_depth = 0;
} // namespace

PdfDeflateScope::PdfDeflateScope()
{
    ++t_depth;
}

PdfDeflateScope::~PdfDeflateScope()
{
    --t_depth;
}

int PdfDeflateScope::effectiveDefaultLevel()
{
    return t_depth > 0 ? Level : Z_DEFAULT_COMPRESSION;
}

// Linked into the program with the PDF writer: Qt's libraries, which call deflateInit_() from zlib, find
// this definition first (the program's own symbols come before its libraries'), and it calls zlib's.
extern "C" int deflateInit_(z_streamp stream, int level, const char* version, int streamSize)
{
    using Init = int (*)(z_streamp, int, const char*, int);
    static const Init zlibInit = reinterpret_cast<Init>(dlsym(RTLD_NEXT, "deflateInit_"));
    if (!zlibInit)
        return Z_STREAM_ERROR;
    return zlibInit(stream, level == Z_DEFAULT_COMPRESSION ? PdfDeflateScope::effectiveDefaultLevel() : level,
        version, streamSize);
}
