// OpenBLAS's CBLAS interface (Debian libopenblas-dev): the conduct model's matrix products.
#include <cblas.h>
