// zlib, for the DEFLATE step of HdrHistogram's compressed histogram encoding in summary.json.
#include <zlib.h>
