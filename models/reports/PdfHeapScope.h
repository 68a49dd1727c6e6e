#pragma once

// Issue 16: while a PDF is written, freed heap is kept for reuse. QPdfEngine compresses every page through two
// fresh 10 MB buffers (QPdfPage::chunkSize()); with glibc's thresholds the heap's top is given back to the kernel
// after each page (brk) and faulted in again on the next, about a quarter of the CPU time of a long table.
// The thresholds are raised by the first scope and set back to glibc's defaults by the last one to end, which
// also returns what was kept (malloc_trim). Elsewhere (not glibc) it does nothing.
class PdfHeapScope
{
public:
    PdfHeapScope();
    ~PdfHeapScope();
    PdfHeapScope(const PdfHeapScope&) = delete;
    PdfHeapScope& operator=(const PdfHeapScope&) = delete;
};
