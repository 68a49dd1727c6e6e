#include "PdfDeflateScope.h"

#include <zlib.h>

#include <dlfcn.h>

namespace {
thread_local int t_scopes = 0;

using DeflateInit = int (*)(z_streamp, int, const char*, int);

DeflateInit zlibDeflateInit()
{
    static const DeflateInit next = reinterpret_cast<DeflateInit>(dlsym(RTLD_NEXT, "deflateInit_"));
    return next;
}
} // namespace

PdfDeflateScope::PdfDeflateScope()
{
    ++t_scopes;
}

PdfDeflateScope::~PdfDeflateScope()
{
    --t_scopes;
}

extern "C" __attribute__((visibility("default"))) int deflateInit_(
    z_streamp stream, int level, const char* version, int streamSize)
{
    const DeflateInit next = zlibDeflateInit();
    if (!next)
        return Z_VERSION_ERROR;
    if (t_scopes > 0 && level == Z_DEFAULT_COMPRESSION)
        level = Z_BEST_SPEED;
    return next(stream, level, version, streamSize);
}
