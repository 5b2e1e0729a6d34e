// docs/file-format.md must describe exactly the tables and columns of a file the CLI makes.
#include <fstream>
#include <map>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "cli_fixture.h"

using c5::test::CliFixture;
using Columns = std::map<std::string, std::set<std::string>>;

namespace {

// "### `answer`" starts a table; rows "| `column` | TYPE | ..." list its columns.
Columns DocumentedColumns() {
    std::ifstream doc(std::string(C5_SOURCE_DIR) + "/docs/file-format.md");
    Columns columns;
    std::string line;
    std::string table;
    while (std::getline(doc, line)) {
        if (line.rfind("### `", 0) == 0) {
            table = line.substr(5, line.find('`', 5) - 5);
            columns[table];
        } else if (line.rfind("## ", 0) == 0) {
            table.clear();
        } else if (!table.empty() && line.rfind("| `", 0) == 0) {
            const std::string name = line.substr(3, line.find('`', 3) - 3);
            const auto type_start = line.find('|', 3) + 2;
            const std::string type = line.substr(type_start, line.find(' ', type_start) - type_start);
            if (type == "INTEGER" || type == "TEXT" || type == "REAL" || type == "BLOB") columns[table].insert(name);
        }
    }
    return columns;
}

Columns ActualColumns(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    Columns columns;
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        SQLite::Statement info(db, "PRAGMA table_info(" + table + ")");
        columns[table];
        while (info.executeStep()) columns[table].insert(info.getColumn(1).getString());
    }
    return columns;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FileFormatDocumentation)

BOOST_FIXTURE_TEST_CASE(every_table_and_column_is_documented, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "doc.c5a", "--country", "SEN", "--year", "2026"}).exit_code == 0);
    BOOST_REQUIRE(
        Cli({"answer", "doc.c5a", "--respondent", "CIRT", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    const Columns documented = DocumentedColumns();
    const Columns actual = ActualColumns(File("doc.c5a"));
    BOOST_TEST(documented.size() == actual.size());
    for (const auto& [table, columns] : actual) {
        BOOST_TEST_CONTEXT("table " << table) {
            BOOST_REQUIRE(documented.contains(table));
            BOOST_TEST(documented.at(table) == columns, boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
