#include "gtk_check_marks.h"

#include <cstring>

#include <wx/display.h>
#include <wx/utils.h>

#include <dlfcn.h>

namespace c5::gui {
namespace {

// Higher than the theme's own rules (GTK_STYLE_PROVIDER_PRIORITY_APPLICATION).
constexpr unsigned kApplicationPriority = 600;

constexpr const char* kCss =
    "check:checked { -gtk-icon-source: -gtk-recolor(url(\"resource:///org/gtk/libgtk/theme/Adwaita/assets/"
    "check-symbolic.symbolic.png\")); }\n"
    "check:indeterminate { -gtk-icon-source: -gtk-recolor(url(\"resource:///org/gtk/libgtk/theme/Adwaita/assets/"
    "dash-symbolic.symbolic.png\")); }\n"
    "radio:checked { -gtk-icon-source: -gtk-recolor(url(\"resource:///org/gtk/libgtk/theme/Adwaita/assets/"
    "bullet-symbolic.symbolic.png\")); }\n";

// GTK is loaded by wxGTK; its functions are looked up rather than linked (no GTK headers needed).
template <typename Function>
Function Gtk(const char* name) {
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

bool ThemeIsAdwaita() {
    wxString forced;
    if (wxGetEnv(wxS("GTK_THEME"), &forced) && !forced.empty()) return forced.StartsWith(wxS("Adwaita"));
    const auto settings_default = Gtk<void* (*)()>("gtk_settings_get_default");
    const auto get = Gtk<void (*)(void*, const char*, ...)>("g_object_get");
    const auto release = Gtk<void (*)(void*)>("g_free");
    if (!settings_default || !get || !release) return false;
    void* settings = settings_default();
    if (!settings) return false;
    char* name = nullptr;
    get(settings, "gtk-theme-name", &name, nullptr);
    const bool adwaita = name && std::strncmp(name, "Adwaita", 7) == 0;
    release(name);
    return adwaita;
}

}  // namespace

void PreferPngCheckMarks() {
    if (wxDisplay().GetScaleFactor() > 1.0 || !ThemeIsAdwaita()) return;
    const auto provider_new = Gtk<void* (*)()>("gtk_css_provider_new");
    const auto load = Gtk<int (*)(void*, const char*, long, void**)>("gtk_css_provider_load_from_data");
    const auto screen_default = Gtk<void* (*)()>("gdk_screen_get_default");
    const auto add = Gtk<void (*)(void*, void*, unsigned)>("gtk_style_context_add_provider_for_screen");
    const auto unref = Gtk<void (*)(void*)>("g_object_unref");
    if (!provider_new || !load || !screen_default || !add || !unref) return;
    void* screen = screen_default();
    if (!screen) return;
    void* provider = provider_new();
    if (load(provider, kCss, -1, nullptr)) add(screen, provider, kApplicationPriority);
    unref(provider);  // the screen keeps its own reference
}

}  // namespace c5::gui
