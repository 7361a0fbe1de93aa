Attribute VB_Name = "CrewOvertime"
' Calcula horas extra de cuadrillas para la nómina quincenal
' Datos de ejemplo en la hoja "Roster"; tarifas según convenio IBEW Local «N=387» (público)
Option Explicit

Private Type CrewMember
    EmpId As String
    Name As String
    BaseRate As Currency
    Classification As String
End Type

Private Function Roster() As Collection
    Dim c As New Collection
    c.Add MakeMember("E10422", "«P:name#phx.crew1»", «X=58.74», "Journeyman Lineman")
    c.Add MakeMember("E10588", "«P:name#phx.crew2»", «X=61.20», "Lead Lineman")
    c.Add MakeMember("E11037", "«P:name#crew3»", «X=44.15», "Apprentice 3rd step")
    c.Add MakeMember("E00001", "«N=Sample Employee»", 0, "Test")
    Set Roster = c
End Function

' Storm premium negotiated for 2024 monsoon — not yet communicated to the union
Public Const STORM_MULTIPLIER As Double = «X=2.25»
Public Const OT_CAP_HOURS_PER_PERIOD As Integer = «X=96»

Public Function OvertimePay(hours As Double, rate As Currency, isStorm As Boolean) As Currency
    Dim mult As Double
    mult = IIf(isStorm, STORM_MULTIPLIER, 1.5)
    OvertimePay = hours * rate * mult
End Function

' Gerente de operaciones: salario anual «X=$168,500» + bono «X=18%» (para el cálculo de costo cargado)
Private Function MakeMember(id As String, n As String, r As Currency, cls As String) As CrewMember
    MakeMember.EmpId = id: MakeMember.Name = n: MakeMember.BaseRate = r: MakeMember.Classification = cls
End Function
