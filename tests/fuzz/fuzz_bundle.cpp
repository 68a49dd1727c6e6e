// libFuzzer target: the bundle reader on arbitrary bytes, as .json and as .jsonl.
#include "FuzzBundleFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    readFuzzBundle(data, size, [](const CaseFacts& facts) {
        if (facts.id.isEmpty())
            abort(); // a case the reader calls valid always has its id
    });
    return 0;
}
