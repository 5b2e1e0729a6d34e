#include "instrument/json_checker.h"

#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire::detail {

std::string Child(std::string_view path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

std::string Element(std::string_view path, std::size_t index) { return fmt::format("{}[{}]", path, index); }

std::string_view KindName(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: return "a string";
        case Json::value_t::boolean: return "true/false";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

void JsonChecker::Problem(std::string_view path, std::string_view message) {
    m_problems.push_back(fmt::format("{}: {}", path.empty() ? "(top level)" : path, message));
}

bool JsonChecker::Object(const Json& value, std::string_view path,
                         std::initializer_list<std::string_view> allowed) {
    if (!value.is_object()) {
        Problem(path, fmt::format("must be an object (is {})", KindName(value)));
        return false;
    }
    for (const auto& [key, unused] : value.items()) {
        bool known = false;
        for (auto name : allowed) known = known || name == key;
        if (!known) {
            std::string list;
            for (auto name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
            Problem(Child(path, key), fmt::format("unknown field (allowed here: {})", list));
        }
    }
    return true;
}

const Json* JsonChecker::Field(const Json& object, std::string_view path, std::string_view key, Need need) {
    const auto found = object.find(key);
    if (found == object.end()) {
        if (need == Need::Required) Problem(Child(path, key), "required field is missing");
        return nullptr;
    }
    return &*found;
}

std::optional<std::string> JsonChecker::String(const Json& object, std::string_view path,
                                               std::string_view key, Need need) {
    const Json* value = Field(object, path, key, need);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        Problem(Child(path, key), fmt::format("must be a string (is {})", KindName(*value)));
        return std::nullopt;
    }
    auto text = value->get<std::string>();
    if (Trim(text).empty()) {
        Problem(Child(path, key), "must not be empty");
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonChecker::Number(const Json& object, std::string_view path, std::string_view key,
                                          Need need) {
    const Json* value = Field(object, path, key, need);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        Problem(Child(path, key), fmt::format("must be a number (is {})", KindName(*value)));
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<bool> JsonChecker::Bool(const Json& object, std::string_view path, std::string_view key,
                                      Need need) {
    const Json* value = Field(object, path, key, need);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) {
        Problem(Child(path, key), fmt::format("must be true or false (is {})", KindName(*value)));
        return std::nullopt;
    }
    return value->get<bool>();
}

const Json* JsonChecker::Array(const Json& object, std::string_view path, std::string_view key, Need need) {
    const Json* value = Field(object, path, key, need);
    if (!value) return nullptr;
    if (!value->is_array()) {
        Problem(Child(path, key), fmt::format("must be an array (is {})", KindName(*value)));
        return nullptr;
    }
    return value;
}

std::vector<std::string> JsonChecker::StringArray(const Json& object, std::string_view path,
                                                  std::string_view key, Need need) {
    std::vector<std::string> strings;
    const Json* array = Array(object, path, key, need);
    if (!array) return strings;
    const std::string array_path = Child(path, key);
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Json& item = (*array)[i];
        if (!item.is_string() || Trim(item.get<std::string>()).empty()) {
            Problem(Element(array_path, i), fmt::format("must be a non-empty string (is {})", KindName(item)));
            continue;
        }
        strings.push_back(item.get<std::string>());
    }
    return strings;
}

namespace {

// Tracks where the parser is, so a duplicate key can be reported with its JSON path.
struct PathTracker {
    struct Frame {
        bool is_array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string> keys;
    };
    std::vector<Frame> frames;

    std::string Path() const {
        std::string path;
        for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
            const Frame& frame = frames[i];
            path = frame.is_array ? Element(path, frame.index) : Child(path, frame.key);
        }
        return path;
    }
    void ElementDone() {
        if (!frames.empty() && frames.back().is_array) ++frames.back().index;
    }
};

}  // namespace

std::optional<Json> ParseJsonStrict(std::string_view text, JsonChecker& checker) {
    PathTracker tracker;
    std::vector<std::string> duplicates;
    auto callback = [&](int /*depth*/, Json::parse_event_t event, Json& parsed) {
        switch (event) {
            case Json::parse_event_t::object_start: tracker.frames.push_back({false, 0, {}, {}}); break;
            case Json::parse_event_t::array_start: tracker.frames.push_back({true, 0, {}, {}}); break;
            case Json::parse_event_t::key: {
                auto& frame = tracker.frames.back();
                frame.key = parsed.get<std::string>();
                if (!frame.keys.insert(frame.key).second)
                    duplicates.push_back(Child(tracker.Path(), frame.key));
                break;
            }
            case Json::parse_event_t::object_end:
            case Json::parse_event_t::array_end:
                tracker.frames.pop_back();
                tracker.ElementDone();
                break;
            case Json::parse_event_t::value: tracker.ElementDone(); break;
        }
        return true;
    };
    try {
        Json parsed = Json::parse(text.begin(), text.end(), callback);
        for (const auto& path : duplicates)
            checker.Problem(path, "duplicate key (each field may appear once per object)");
        return parsed;
    } catch (const Json::exception& error) {
        // nlohmann's message already says line and column; drop its "[json.exception…]" prefix.
        std::string message = error.what();
        if (const auto bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
        checker.Problem("", "not valid JSON: " + message);
        return std::nullopt;
    }
}

}  // namespace c5::questionnaire::detail
