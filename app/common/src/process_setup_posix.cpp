#include "c5/app/process_setup.h"

#include <csignal>

namespace c5::app {

void TreatFileSizeLimitAsFullDisk() { std::signal(SIGXFSZ, SIG_IGN); }

std::vector<std::string> Utf8Arguments(int argc, char** argv) { return std::vector<std::string>(argv, argv + argc); }

void UseUtf8Console() {}

}  // namespace c5::app
