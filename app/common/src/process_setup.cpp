#include "c5/app/process_setup.h"

#include <csignal>

namespace c5::app {

void TreatFileSizeLimitAsFullDisk() {
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

}  // namespace c5::app
