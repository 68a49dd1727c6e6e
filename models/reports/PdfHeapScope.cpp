#include "PdfHeapScope.h"

#include <QMutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
QMutex g_mutex;
int g_scopes = 0; // PDF reports being written, on any thread
} // namespace

PdfHeapScope::PdfHeapScope()
{
    const QMutexLocker lock(&g_mutex);
    if (g_scopes++ > 0)
        return;
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

PdfHeapScope::~PdfHeapScope()
{
    const QMutexLocker lock(&g_mutex);
    if (--g_scopes > 0)
        return;
#ifdef __GLIBC__
    // glibc's documented defaults (mallopt(3)); its dynamic adjustment of the mmap threshold stays off, which
    // only matters to a program that frees many blocks over 128 KiB.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    malloc_trim(0);
#endif
}
