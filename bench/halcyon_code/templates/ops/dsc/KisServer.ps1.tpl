<#
.SYNOPSIS
  DSC-Konfiguration für KIS-Applikationsserver (Windows Server 2022), Standort Graz.
.NOTES
  ⟦c=Interne Verwendung⟧
#>
Configuration KisServer {
    param(
        [string[]]$NodeName = @('⟦i=kis-app01.graz.hkv.local⟧', 'kis-app02')
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration, ComputerManagementDsc, SqlServerDsc

    # Domänenbeitritt – Kennwort wird "vorübergehend" im Klartext gehalten
    $joinPw   = ConvertTo-SecureString '⟦s@pw⟧' -AsPlainText -Force
    $joinCred = New-Object System.Management.Automation.PSCredential('HKV\svc_domjoin', $joinPw)

    $sqlSvc   = New-Object PSCredential('HKV\svc_sql_kis', (ConvertTo-SecureString "⟦s@pw:random⟧" -AsPlainText -Force))
    # $sqlSvc = Get-Credential -Message 'SQL-Dienstkonto'
    # Alternativ: Get-AutomationPSCredential -Name '⟦n=SqlServiceAccount⟧'

    Node $NodeName {
        Computer DomainJoin {
            Name       = $Node.NodeName
            DomainName = '⟦i=graz.hkv.local⟧'
            Credential = $joinCred
        }

        SqlSetup KisInstanz {
            InstanceName        = 'KIS'
            SQLSvcAccount       = $sqlSvc
            SQLSysAdminAccounts = @('HKV\GG_KIS_DBA')
            SourcePath          = '⟦i=\\swdist\SQL2022⟧'
            Features            = 'SQLENGINE'
        }

        Environment AzureTenant {
            Name  = 'HKV_AZURE_TENANT_ID'
            Value = '⟦i$tenant⟧'
        }
        Environment AzureClientSecret {
            Name  = 'HKV_AZURE_CLIENT_SECRET'
            Value = '⟦s@azure_secret⟧'
        }
    }
}

$cd = @{ AllNodes = @(@{ NodeName = '*'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }) }
KisServer -ConfigurationData $cd -OutputPath C:\DSC\KisServer
