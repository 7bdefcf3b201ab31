using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace FindingsGen.Tests;

/// <summary>
/// The rules of the published REFI-QDA schemas (QDA-XML 1.0, Project.xsd and Codebook.xsd of 18 March 2019) that
/// FindingsGen's export relies on, written out here as our own XSD (never downloaded at test time): the namespaces, the
/// order of each element's children, the required attributes (<c>guid</c>, <c>name</c>, <c>isCodable</c>,
/// <c>startPosition</c>/<c>endPosition</c>, <c>typeOfVariable</c>, <c>targetGUID</c>), the GUID pattern, integer
/// positions, the variable types and their value elements. Elements the export never writes (Notes, Links, Sets,
/// Graphs, other source kinds) are left out, so writing one would fail validation too.
/// </summary>
public static class RefiQdaSchema
{
    private const string Common = """
          <xs:simpleType name="GUIDType">
            <xs:restriction base="xs:token">
              <xs:pattern value="([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="RGBType">
            <xs:restriction base="xs:token"><xs:pattern value="#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"/></xs:restriction>
          </xs:simpleType>
        """;

    /// <summary>Project.xsd's rules for what the export writes.</summary>
    public const string Project = """
        <xs:schema xmlns="urn:QDA-XML:project:1.0" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:QDA-XML:project:1.0" elementFormDefault="qualified" attributeFormDefault="unqualified">
          <xs:element name="Project">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="CodeBook" minOccurs="0">
                  <xs:complexType><xs:sequence><xs:element name="Codes" type="CodesType"/></xs:sequence></xs:complexType>
                </xs:element>
                <xs:element name="Variables" minOccurs="0">
                  <xs:complexType><xs:sequence><xs:element name="Variable" type="VariableType" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
                </xs:element>
                <xs:element name="Cases" minOccurs="0">
                  <xs:complexType><xs:sequence><xs:element name="Case" type="CaseType" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
                </xs:element>
                <xs:element name="Sources" minOccurs="0">
                  <xs:complexType><xs:choice maxOccurs="unbounded"><xs:element name="TextSource" type="TextSourceType"/></xs:choice></xs:complexType>
                </xs:element>
                <xs:element name="Description" type="xs:string" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="name" type="xs:string" use="required"/>
              <xs:attribute name="origin" type="xs:string"/>
              <xs:attribute name="creatingUserGUID" type="GUIDType"/>
              <xs:attribute name="creationDateTime" type="xs:dateTime"/>
              <xs:attribute name="basePath" type="xs:string"/>
            </xs:complexType>
          </xs:element>
          <xs:complexType name="CodesType">
            <xs:sequence><xs:element name="Code" type="CodeType" maxOccurs="unbounded"/></xs:sequence>
          </xs:complexType>
          <xs:complexType name="CodeType">
            <xs:sequence>
              <xs:element name="Description" type="xs:string" minOccurs="0"/>
              <xs:element name="Code" type="CodeType" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="isCodable" type="xs:boolean" use="required"/>
            <xs:attribute name="color" type="RGBType"/>
          </xs:complexType>
          <xs:complexType name="VariableType">
            <xs:sequence><xs:element name="Description" type="xs:string" minOccurs="0"/></xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="typeOfVariable" use="required">
              <xs:simpleType>
                <xs:restriction base="xs:token">
                  <xs:enumeration value="Text"/><xs:enumeration value="Boolean"/><xs:enumeration value="Integer"/>
                  <xs:enumeration value="Float"/><xs:enumeration value="Date"/><xs:enumeration value="DateTime"/>
                </xs:restriction>
              </xs:simpleType>
            </xs:attribute>
          </xs:complexType>
          <xs:complexType name="CaseType">
            <xs:sequence>
              <xs:element name="Description" type="xs:string" minOccurs="0"/>
              <xs:element name="CodeRef" type="RefType" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="VariableValue" type="VariableValueType" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="SourceRef" type="RefType" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="SelectionRef" type="RefType" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string"/>
          </xs:complexType>
          <xs:complexType name="VariableValueType">
            <xs:sequence>
              <xs:element name="VariableRef" type="RefType"/>
              <xs:choice>
                <xs:element name="TextValue" type="xs:string"/>
                <xs:element name="BooleanValue" type="xs:boolean"/>
                <xs:element name="IntegerValue" type="xs:integer"/>
                <xs:element name="FloatValue" type="xs:decimal"/>
                <xs:element name="DateValue" type="xs:date"/>
                <xs:element name="DateTimeValue" type="xs:dateTime"/>
              </xs:choice>
            </xs:sequence>
          </xs:complexType>
          <xs:complexType name="TextSourceType">
            <xs:sequence>
              <xs:element name="Description" type="xs:string" minOccurs="0"/>
              <xs:element name="PlainTextContent" type="xs:string" minOccurs="0"/>
              <xs:element name="PlainTextSelection" type="PlainTextSelectionType" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="Coding" type="CodingType" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="VariableValue" type="VariableValueType" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string"/>
            <xs:attribute name="richTextPath" type="xs:string"/>
            <xs:attribute name="plainTextPath" type="xs:string"/>
          </xs:complexType>
          <xs:complexType name="PlainTextSelectionType">
            <xs:sequence>
              <xs:element name="Description" type="xs:string" minOccurs="0"/>
              <xs:element name="Coding" type="CodingType" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string"/>
            <xs:attribute name="startPosition" type="xs:integer" use="required"/>
            <xs:attribute name="endPosition" type="xs:integer" use="required"/>
          </xs:complexType>
          <xs:complexType name="CodingType">
            <xs:sequence><xs:element name="CodeRef" type="RefType"/></xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
          </xs:complexType>
          <xs:complexType name="RefType">
            <xs:attribute name="targetGUID" type="GUIDType" use="required"/>
          </xs:complexType>
        """ + Common + "</xs:schema>";

    /// <summary>Codebook.xsd's rules.</summary>
    public const string Codebook = """
        <xs:schema xmlns="urn:QDA-XML:codebook:1.0" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:QDA-XML:codebook:1.0" elementFormDefault="qualified" attributeFormDefault="unqualified">
          <xs:element name="CodeBook">
            <xs:complexType>
              <xs:sequence><xs:element name="Codes" type="CodesType"/></xs:sequence>
              <xs:attribute name="origin" type="xs:string"/>
            </xs:complexType>
          </xs:element>
          <xs:complexType name="CodesType">
            <xs:sequence><xs:element name="Code" type="CodeType" maxOccurs="unbounded"/></xs:sequence>
          </xs:complexType>
          <xs:complexType name="CodeType">
            <xs:sequence>
              <xs:element name="Description" type="xs:string" minOccurs="0"/>
              <xs:element name="Code" type="CodeType" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="guid" type="GUIDType" use="required"/>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="isCodable" type="xs:boolean" use="required"/>
            <xs:attribute name="color" type="RGBType"/>
          </xs:complexType>
        """ + Common + "</xs:schema>";

    /// <summary>Every validation error of <paramref name="xml"/> against <paramref name="schema"/> (empty when valid).</summary>
    public static List<string> Errors(string xml, string schema)
    {
        var errors = new List<string>();
        var set = new XmlSchemaSet();
        set.Add(XmlSchema.Read(new StringReader(schema), (_, e) => errors.Add("schema: " + e.Message))!);
        set.Compile();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"({e.Exception?.LineNumber},{e.Exception?.LinePosition}) {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }
}
