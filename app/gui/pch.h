// Precompiled for the desktop app only: the wx headers every window uses.
#include <wx/wx.h>
#include <wx/dataview.h>
#include <wx/graphics.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>

