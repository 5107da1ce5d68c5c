@echo off
rem Start-menu / desktop entry for the shared terminal (see README.md beside this file).
rem It lives in _internal\shortcuts of the one-folder build; partnerdesk.exe is two levels up.
rem Leaving the terminal needs the advisor PIN.
start "" "%~dp0..\..\partnerdesk.exe" --kiosk
