; Inno Setup script: an installer for the Windows bundle (dist\wardrobe, built by the same
; PyInstaller spec on Windows). Run on Windows: iscc packaging\windows\wardrobe.iss
; The version is passed in by the workflow: /DAppVersion=0.1.0
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E2C7A-3E7D-4F0B-9C55-9A7C1E5B2D10}
AppName=Wardrobe
AppVersion={#AppVersion}
AppPublisher=Wardrobe
DefaultDirName={autopf}\Wardrobe
DefaultGroupName=Wardrobe
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=wardrobe-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\..\dist\wardrobe\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Wardrobe"; Filename: "{app}\wardrobe.exe"
Name: "{autodesktop}\Wardrobe"; Filename: "{app}\wardrobe.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\wardrobe.exe"; Description: "{cm:LaunchProgram,Wardrobe}"; Flags: nowait postinstall skipifsilent
