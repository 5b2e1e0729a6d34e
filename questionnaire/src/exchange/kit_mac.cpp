#include "exchange/kit_mac.h"

#include <cstdint>

#include <SQLiteCpp/Statement.h>
#include <sodium.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire::detail {
namespace {

constexpr std::size_t kMacBytes = 32;

class Mac {
public:
    explicit Mac(std::string_view key) {
        if (sodium_init() < 0) throw QuestionnaireError("libsodium could not be initialised");
        if (key.size() != kKitKeyBytes) throw QuestionnaireError("the kit's key has the wrong length");
        crypto_generichash_init(&m_state, reinterpret_cast<const unsigned char*>(key.data()), key.size(), kMacBytes);
    }
    // Each field with its length first: no two different sequences of fields give the same bytes.
    void Field(std::string_view bytes) {
        unsigned char length[8];
        for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>((std::uint64_t{bytes.size()} >> (8 * i)) & 0xFF);
        crypto_generichash_update(&m_state, length, sizeof length);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    }
    // Every column of the current row, as SQL's quote() writes it: type and value both count.
    void Row(SQLite::Statement& row) {
        Field(std::to_string(row.getColumnCount()));
        for (int column = 0; column < row.getColumnCount(); ++column) {
            const SQLite::Column value = row.getColumn(column);
            Field(std::string_view(static_cast<const char*>(value.getBlob()), static_cast<std::size_t>(value.getBytes())));
        }
    }
    std::string Final() {
        std::string mac(kMacBytes, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(mac.data()), mac.size());
        return mac;
    }

private:
    crypto_generichash_state m_state{};
};

}  // namespace

std::string NewKey() {
    if (sodium_init() < 0) throw QuestionnaireError("libsodium could not be initialised");
    std::string key(kKitKeyBytes, '\0');
    randombytes_buf(key.data(), key.size());
    return key;
}

std::string KitMac(SQLite::Database& db, std::string_view kit_id, std::string_view respondent_uuid,
                   std::string_view key) {
    Mac mac(key);
    mac.Field("C5 Readiness Kit: respondent kit MAC, version 1");
    mac.Field(kit_id);
    SQLite::Statement respondent(db, "SELECT quote(id), quote(uuid), quote(name), quote(role), "
                                     "quote(stakeholder_group), quote(created_at) FROM respondent WHERE uuid = ?");
    respondent.bind(1, std::string(respondent_uuid));
    std::size_t found = 0;
    while (respondent.executeStep()) {
        mac.Row(respondent);
        ++found;
    }
    mac.Field(std::to_string(found));
    SQLite::Statement answers(db, "SELECT quote(question_id), quote(value), quote(not_applicable), quote(confidence), "
                                  "quote(evidence), quote(links), quote(needs_review), quote(answered_at), "
                                  "quote(updated_at) FROM answer WHERE respondent_id IN (SELECT id FROM respondent "
                                  "WHERE uuid = ?) ORDER BY question_id");
    answers.bind(1, std::string(respondent_uuid));
    std::size_t count = 0;
    while (answers.executeStep()) {
        mac.Row(answers);
        ++count;
    }
    mac.Field(std::to_string(count));
    // The documents attached to those answers, by their SHA-256: a document added with another
    // program is an edit outside the kit like any other (the content is checked against its hash).
    SQLite::Statement attachments(db, "SELECT quote(question_id), quote(name), quote(media_type), quote(size), "
                                      "quote(sha256), quote(added_at) FROM attachment WHERE respondent_id IN (SELECT id "
                                      "FROM respondent WHERE uuid = ?) ORDER BY question_id, sha256");
    attachments.bind(1, std::string(respondent_uuid));
    std::size_t documents = 0;
    while (attachments.executeStep()) {
        mac.Row(attachments);
        ++documents;
    }
    mac.Field(std::to_string(documents));
    return mac.Final();
}

bool SameSecret(std::string_view a, std::string_view b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace c5::questionnaire::detail
