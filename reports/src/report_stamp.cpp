#include "c5/reports/report_stamp.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/fingerprint.h"
#include "c5/questionnaire/version.h"
#include "c5/reports/error.h"

namespace c5::reports {
namespace q = c5::questionnaire;
using Json = nlohmann::json;

namespace {

constexpr std::string_view kStampFormat = "c5kit-report-stamp";

// A PDF literal string "( … )" from `at` (just after the opening parenthesis): escapes and balanced
// parentheses as ISO 32000-1 §7.3.4.2 has them.
std::string LiteralString(std::string_view pdf, std::size_t at) {
    std::string out;
    int depth = 1;
    while (at < pdf.size()) {
        const char c = pdf[at++];
        if (c == '\\' && at < pdf.size()) {
            const char e = pdf[at++];
            switch (e) {
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case '\r': if (at < pdf.size() && pdf[at] == '\n') ++at; break;  // line continuation
                case '\n': break;
                default:
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        for (int digits = 1; digits < 3 && at < pdf.size() && pdf[at] >= '0' && pdf[at] <= '7'; ++digits)
                            value = value * 8 + (pdf[at++] - '0');
                        out += static_cast<char>(value & 0xFF);
                    } else {
                        out += e;  // \( \) \\ and any other character stand for themselves
                    }
            }
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) return out;
        out += c;
    }
    throw ReportError("the report's stamp is cut short");
}

std::string HexString(std::string_view pdf, std::size_t at) {
    std::string out;
    int high = -1;
    for (; at < pdf.size() && pdf[at] != '>'; ++at) {
        const char c = pdf[at];
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) continue;  // white space
        if (high < 0) high = digit;
        else {
            out += static_cast<char>(high * 16 + digit);
            high = -1;
        }
    }
    if (high >= 0) out += static_cast<char>(high * 16);
    return out;
}

}  // namespace

ReportStamp MakeReportStamp(const q::AssessmentData& data, const scoring::Comparison* comparison,
                            std::string generated_at) {
    const q::StateFingerprint fingerprint = q::FingerprintState(data);
    ReportStamp stamp;
    stamp.assessment = data.info.uuid;
    stamp.fingerprint = fingerprint.sha256;
    stamp.parts = fingerprint.parts;
    stamp.questions = fingerprint.questions;
    stamp.state_as_of = fingerprint.last_change;
    stamp.generated_at = std::move(generated_at);
    stamp.kit = std::string(q::KitVersionString());
    if (comparison) {
        stamp.baseline_assessment = comparison->baseline.uuid;
        stamp.baseline_fingerprint = comparison->baseline_score.fingerprint;
    }
    return stamp;
}

std::string StampJson(const ReportStamp& stamp) {
    Json json = {{"format", kStampFormat},      {"version", 1},
                 {"assessment", stamp.assessment}, {"fingerprint", stamp.fingerprint},
                 {"parts", stamp.parts},        {"questions", stamp.questions},
                 {"state_as_of", stamp.state_as_of}, {"generated_at", stamp.generated_at},
                 {"kit", stamp.kit}};
    if (!stamp.baseline_fingerprint.empty())
        json["baseline"] = {{"assessment", stamp.baseline_assessment}, {"fingerprint", stamp.baseline_fingerprint}};
    // ASCII only (\u escapes), so the PDF holds it byte for byte whatever its string encoding.
    return json.dump(-1, ' ', true);
}

ReportStamp ParseStampJson(std::string_view text) {
    try {
        const Json json = Json::parse(text);
        if (json.at("format") != kStampFormat) throw ReportError("not a C5 kit report stamp");
        if (json.at("version").get<int>() != 1)
            throw ReportError(fmt::format("the report's stamp has version {}; this kit reads version 1 — check it with "
                                          "the kit version that made the report",
                                          json.at("version").get<int>()));
        ReportStamp stamp;
        stamp.assessment = json.at("assessment").get<std::string>();
        stamp.fingerprint = json.at("fingerprint").get<std::string>();
        stamp.parts = json.at("parts").get<std::map<std::string, std::string>>();
        stamp.questions = json.at("questions").get<std::map<std::string, std::string>>();
        stamp.state_as_of = json.value("state_as_of", "");
        stamp.generated_at = json.value("generated_at", "");
        stamp.kit = json.value("kit", "");
        if (json.contains("baseline")) {
            stamp.baseline_assessment = json["baseline"].at("assessment").get<std::string>();
            stamp.baseline_fingerprint = json["baseline"].at("fingerprint").get<std::string>();
        }
        return stamp;
    } catch (const Json::exception& error) {
        throw ReportError(fmt::format("the report's stamp cannot be read ({})", error.what()));
    }
}

ReportStamp ReadReportStamp(std::string_view pdf) {
    if (pdf.substr(0, 5) != "%PDF-") throw ReportError("not a PDF file");
    const std::string key = "/" + std::string(kStampKey);
    // The last one counts: an incremental update appends a newer document information.
    for (auto at = pdf.rfind(key); at != std::string_view::npos; at = at == 0 ? std::string_view::npos : pdf.rfind(key, at - 1)) {
        std::size_t value = at + key.size();
        while (value < pdf.size() && (pdf[value] == ' ' || pdf[value] == '\r' || pdf[value] == '\n' || pdf[value] == '\t'))
            ++value;
        if (value >= pdf.size()) break;
        if (pdf[value] == '(') return ParseStampJson(LiteralString(pdf, value + 1));
        if (pdf[value] == '<') return ParseStampJson(HexString(pdf, value + 1));
    }
    throw ReportError(fmt::format("the PDF holds no C5 kit stamp (document information key {}): it was not made by "
                                  "c5kit 0.2 or later, or another program re-saved it and packed its metadata away",
                                  kStampKey));
}

StampCheck CheckStamp(const ReportStamp& stamp, const q::AssessmentData& data, const std::vector<q::AuditEntry>& audit) {
    StampCheck check;
    const q::StateFingerprint now = q::FingerprintState(data);
    check.file_fingerprint = now.sha256;
    check.same_assessment = stamp.assessment == data.info.uuid;
    check.matches = check.same_assessment && stamp.fingerprint == now.sha256;
    if (check.matches) return check;
    for (const char* part : q::kFingerprintParts) {
        const auto before = stamp.parts.find(part);
        const auto after = now.parts.find(part);
        if (before == stamp.parts.end() || after == now.parts.end() || before->second != after->second)
            check.parts_differ.push_back(part);
    }
    // Each question whose answers or consensus differ, with the file's latest time for it.
    for (const q::Question* question : data.instrument.Questions()) {
        const auto before = stamp.questions.find(question->id);
        const auto after = now.questions.find(question->id);
        if (before != stamp.questions.end() && after != now.questions.end() && before->second == after->second) continue;
        StampCheck::QuestionChange change{question->id, {}};
        for (const auto& answer : data.answers)
            if (answer.question_id == question->id) change.last_change = std::max(change.last_change, answer.updated_at);
        for (const auto& settled : data.consensus)
            if (settled.question_id == question->id) change.last_change = std::max(change.last_change, settled.decided_at);
        check.questions_differ.push_back(change);
    }
    for (const auto& [id, hash] : stamp.questions)
        if (!data.instrument.FindQuestion(id)) check.questions_differ.push_back({id, {}});
    const std::string since = std::max(stamp.generated_at, stamp.state_as_of);
    for (const auto& entry : audit)
        if (!since.empty() && entry.at > since) check.changed_after.push_back(entry);
    return check;
}

}  // namespace c5::reports
