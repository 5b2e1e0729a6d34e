// c5kit-cli: the C5 Readiness Kit on the command line (docs/cli.md).
#include <clocale>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "c5/app/process_setup.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/version.h"
#include "cli_common.h"

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    c5::app::TreatFileSizeLimitAsFullDisk();
    c5::app::UseUtf8Console();
    const std::vector<std::string> arguments = c5::app::Utf8Arguments(argc, argv);
    CLI::App app{"C5 Readiness Kit: readiness self-assessment for WSIS action line C5, offline.", "c5kit-cli"};
    app.set_version_flag("--version", std::string(c5::questionnaire::KitVersionString()));
    // Options are --long and -s on every system: CLI11 would read "/path/to/file" as a /option on
    // Windows, and a path may start with a slash there too.
    app.allow_windows_style_options(false);
    app.require_subcommand(1);
    app.footer("Run 'c5kit-cli COMMAND --help' for a command's options. Documentation: docs/cli.md");
    c5::cli::RegisterAssessmentCommands(app);
    c5::cli::RegisterAnswerCommands(app);
    c5::cli::RegisterScoringCommands(app);
    c5::cli::RegisterReportCommands(app);
    c5::cli::RegisterWorkshopCommands(app);
    c5::cli::RegisterFollowUpCommands(app);
    c5::cli::RegisterVerifyCommands(app);
    c5::cli::RegisterInstrumentCommands(app);
    try {
        std::vector<const char*> pointers;
        for (const auto& argument : arguments) pointers.push_back(argument.c_str());
        app.parse(static_cast<int>(pointers.size()), pointers.data());
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        std::string where = "c5kit-cli";
        for (const CLI::App* sub : app.get_subcommands()) where += " " + sub->get_name();
        fmt::print(stderr, "c5kit-cli: {}; run '{} --help' for the options\n", c5::cli::Shown(error.what()), where);
        return c5::cli::kExitUsage;
    } catch (const c5::cli::ExitStatus& exit) {
        return exit.status;
    } catch (const c5::cli::UsageError& error) {
        fmt::print(stderr, "c5kit-cli: {}\n", c5::cli::Shown(error.what()));
        return c5::cli::kExitUsage;
    } catch (const std::exception& error) {
        // One line, and nothing a hostile file put in a message acts on the terminal.
        fmt::print(stderr, "c5kit-cli: {}\n", c5::cli::Shown(error.what()));
        return c5::cli::kExitFailure;
    }
    return 0;
}
