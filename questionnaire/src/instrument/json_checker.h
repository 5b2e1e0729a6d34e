#pragma once
// Walks parsed JSON and records every problem with its path, so a validator can report all of
// them at once instead of stopping at the first.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace c5::questionnaire::detail {

using Json = nlohmann::json;

enum class Need { Required, Optional };

std::string Child(std::string_view path, std::string_view key);
std::string Element(std::string_view path, std::size_t index);
/// "a string", "a number", … for messages.
std::string_view KindName(const Json& value);

class JsonChecker {
public:
    void Problem(std::string_view path, std::string_view message);
    const std::vector<std::string>& Problems() const { return m_problems; }
    std::vector<std::string> TakeProblems() { return std::move(m_problems); }

    /// False (and a problem) unless `value` is an object; reports fields outside `allowed`.
    bool Object(const Json& value, std::string_view path, std::initializer_list<std::string_view> allowed);

    /// The field or nullptr; a missing required field is a problem.
    const Json* Field(const Json& object, std::string_view path, std::string_view key, Need need);

    std::optional<std::string> String(const Json& object, std::string_view path, std::string_view key,
                                      Need need);
    std::optional<double> Number(const Json& object, std::string_view path, std::string_view key, Need need);
    std::optional<bool> Bool(const Json& object, std::string_view path, std::string_view key, Need need);
    /// The array field or nullptr (missing, or not an array: a problem when present or required).
    const Json* Array(const Json& object, std::string_view path, std::string_view key, Need need);
    /// An array of non-empty strings.
    std::vector<std::string> StringArray(const Json& object, std::string_view path, std::string_view key,
                                         Need need);

private:
    std::vector<std::string> m_problems;
};

/// Parses JSON text; syntax errors and duplicate object keys become problems (nullopt on syntax).
std::optional<Json> ParseJsonStrict(std::string_view text, JsonChecker& checker);

}  // namespace c5::questionnaire::detail
