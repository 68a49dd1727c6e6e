#include "JsonValueFrame.h"

#include "JsonScanner.h"

JsonValueFrame::Step JsonValueFrame::scan(const char* data, qint64 size)
{
    // Locals in the loop, written back once: this runs over every byte of a `.json` file.
    qint64 i = m_at;
    int depth = m_depth;
    bool inString = m_inString;
    Step step = Step::NeedMore;
    while (i < size) {
        if (i - m_from > JsonScanner::MaxValueBytes) {
            step = Step::TooLarge;
            break;
        }
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                i += 2;
                continue;
            }
            ++i;
            if (c == '"') {
                inString = false;
                if (depth == 0) {
                    step = Step::Ended;
                    break;
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                step = Step::Ended;
                break;
            }
            if (--depth == 0) {
                ++i;
                step = Step::Ended;
                break;
            }
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            step = Step::Ended;
            break;
        }
        ++i;
    }
    m_at = i;
    m_depth = depth;
    m_inString = inString;
    return step;
}
