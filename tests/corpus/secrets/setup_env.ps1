# setup_env.ps1 - developer workstation bootstrap
$ErrorActionPreference = "Stop"

$env:AZURE_CLIENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
$env:AZURE_CLIENT_SECRET = "9jB8Q~QmBsjp8sWOrFAKEtVpviEF_uhg-iRVN5u5"
$env:AZURE_TENANT_ID = "6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9"

$securePassword = ConvertTo-SecureString "Svc-Acct!Win2024" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("ACME\svc_build", $securePassword)

[System.Environment]::SetEnvironmentVariable("NUGET_API_KEY", "oy2l4k5j6h7g8f9d0s1a2q3w4e5r6t7y8u9i0o1p2a3s4d", "User")

Invoke-RestMethod -Uri "https://dev.azure.com/acme/_apis/projects" -Headers @{ Authorization = "Basic Ong3a3EybTlwNHcxejhyNXQzdjZ5MGIybjRjN2Q5ZjFnM2g1ajdrOWwybTRuNnA4cTBz" }
