// https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface NodebalancerConfigAConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#algorithm NodebalancerConfigA#algorithm}
  */
  readonly algorithm?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check NodebalancerConfigA#check}
  */
  readonly check?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_attempts NodebalancerConfigA#check_attempts}
  */
  readonly checkAttempts?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_body NodebalancerConfigA#check_body}
  */
  readonly checkBody?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_interval NodebalancerConfigA#check_interval}
  */
  readonly checkInterval?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_passive NodebalancerConfigA#check_passive}
  */
  readonly checkPassive?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_path NodebalancerConfigA#check_path}
  */
  readonly checkPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#check_timeout NodebalancerConfigA#check_timeout}
  */
  readonly checkTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#cipher_suite NodebalancerConfigA#cipher_suite}
  */
  readonly cipherSuite?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#nodebalancer_id NodebalancerConfigA#nodebalancer_id}
  */
  readonly nodebalancerId: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#port NodebalancerConfigA#port}
  */
  readonly port?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#protocol NodebalancerConfigA#protocol}
  */
  readonly protocol?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#proxy_protocol NodebalancerConfigA#proxy_protocol}
  */
  readonly proxyProtocol?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#ssl_cert NodebalancerConfigA#ssl_cert}
  */
  readonly sslCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#ssl_key NodebalancerConfigA#ssl_key}
  */
  readonly sslKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#stickiness NodebalancerConfigA#stickiness}
  */
  readonly stickiness?: string;
}
export interface NodebalancerConfigNodeStatus {
}

export function nodebalancerConfigNodeStatusToTerraform(struct?: NodebalancerConfigNodeStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function nodebalancerConfigNodeStatusToHclTerraform(struct?: NodebalancerConfigNodeStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class NodebalancerConfigNodeStatusOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): NodebalancerConfigNodeStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NodebalancerConfigNodeStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // down - computed: true, optional: false, required: false
  public get down() {
    return this.getNumberAttribute('down');
  }

  // up - computed: true, optional: false, required: false
  public get up() {
    return this.getNumberAttribute('up');
  }
}

export class NodebalancerConfigNodeStatusList extends cdktn.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): NodebalancerConfigNodeStatusOutputReference {
    return new NodebalancerConfigNodeStatusOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config linode_nodebalancer_config}
*/
export class NodebalancerConfigA extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "linode_nodebalancer_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a NodebalancerConfigA resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NodebalancerConfigA to import
  * @param importFromId The id of the existing NodebalancerConfigA that should be imported. Refer to the {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NodebalancerConfigA to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "linode_nodebalancer_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/linode/linode/2.37.0/docs/resources/nodebalancer_config linode_nodebalancer_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NodebalancerConfigAConfig
  */
  public constructor(scope: Construct, id: string, config: NodebalancerConfigAConfig) {
    super(scope, id, {
      terraformResourceType: 'linode_nodebalancer_config',
      terraformGeneratorMetadata: {
        providerName: 'linode',
        providerVersion: '2.37.0',
        providerVersionConstraint: '2.37.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._algorithm = config.algorithm;
    this._check = config.check;
    this._checkAttempts = config.checkAttempts;
    this._checkBody = config.checkBody;
    this._checkInterval = config.checkInterval;
    this._checkPassive = config.checkPassive;
    this._checkPath = config.checkPath;
    this._checkTimeout = config.checkTimeout;
    this._cipherSuite = config.cipherSuite;
    this._nodebalancerId = config.nodebalancerId;
    this._port = config.port;
    this._protocol = config.protocol;
    this._proxyProtocol = config.proxyProtocol;
    this._sslCert = config.sslCert;
    this._sslKey = config.sslKey;
    this._stickiness = config.stickiness;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // algorithm - computed: true, optional: true, required: false
  private _algorithm?: string; 
  public get algorithm() {
    return this.getStringAttribute('algorithm');
  }
  public set algorithm(value: string) {
    this._algorithm = value;
  }
  public resetAlgorithm() {
    this._algorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get algorithmInput() {
    return this._algorithm;
  }

  // check - computed: true, optional: true, required: false
  private _check?: string; 
  public get check() {
    return this.getStringAttribute('check');
  }
  public set check(value: string) {
    this._check = value;
  }
  public resetCheck() {
    this._check = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkInput() {
    return this._check;
  }

  // check_attempts - computed: true, optional: true, required: false
  private _checkAttempts?: number; 
  public get checkAttempts() {
    return this.getNumberAttribute('check_attempts');
  }
  public set checkAttempts(value: number) {
    this._checkAttempts = value;
  }
  public resetCheckAttempts() {
    this._checkAttempts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkAttemptsInput() {
    return this._checkAttempts;
  }

  // check_body - computed: true, optional: true, required: false
  private _checkBody?: string; 
  public get checkBody() {
    return this.getStringAttribute('check_body');
  }
  public set checkBody(value: string) {
    this._checkBody = value;
  }
  public resetCheckBody() {
    this._checkBody = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkBodyInput() {
    return this._checkBody;
  }

  // check_interval - computed: true, optional: true, required: false
  private _checkInterval?: number; 
  public get checkInterval() {
    return this.getNumberAttribute('check_interval');
  }
  public set checkInterval(value: number) {
    this._checkInterval = value;
  }
  public resetCheckInterval() {
    this._checkInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkIntervalInput() {
    return this._checkInterval;
  }

  // check_passive - computed: true, optional: true, required: false
  private _checkPassive?: boolean | cdktn.IResolvable; 
  public get checkPassive() {
    return this.getBooleanAttribute('check_passive');
  }
  public set checkPassive(value: boolean | cdktn.IResolvable) {
    this._checkPassive = value;
  }
  public resetCheckPassive() {
    this._checkPassive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkPassiveInput() {
    return this._checkPassive;
  }

  // check_path - computed: true, optional: true, required: false
  private _checkPath?: string; 
  public get checkPath() {
    return this.getStringAttribute('check_path');
  }
  public set checkPath(value: string) {
    this._checkPath = value;
  }
  public resetCheckPath() {
    this._checkPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkPathInput() {
    return this._checkPath;
  }

  // check_timeout - computed: true, optional: true, required: false
  private _checkTimeout?: number; 
  public get checkTimeout() {
    return this.getNumberAttribute('check_timeout');
  }
  public set checkTimeout(value: number) {
    this._checkTimeout = value;
  }
  public resetCheckTimeout() {
    this._checkTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkTimeoutInput() {
    return this._checkTimeout;
  }

  // cipher_suite - computed: true, optional: true, required: false
  private _cipherSuite?: string; 
  public get cipherSuite() {
    return this.getStringAttribute('cipher_suite');
  }
  public set cipherSuite(value: string) {
    this._cipherSuite = value;
  }
  public resetCipherSuite() {
    this._cipherSuite = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cipherSuiteInput() {
    return this._cipherSuite;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // node_status - computed: true, optional: false, required: false
  private _nodeStatus = new NodebalancerConfigNodeStatusList(this, "node_status", false);
  public get nodeStatus() {
    return this._nodeStatus;
  }

  // nodebalancer_id - computed: false, optional: false, required: true
  private _nodebalancerId?: number; 
  public get nodebalancerId() {
    return this.getNumberAttribute('nodebalancer_id');
  }
  public set nodebalancerId(value: number) {
    this._nodebalancerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodebalancerIdInput() {
    return this._nodebalancerId;
  }

  // port - computed: true, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // protocol - computed: true, optional: true, required: false
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  public resetProtocol() {
    this._protocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
  }

  // proxy_protocol - computed: true, optional: true, required: false
  private _proxyProtocol?: string; 
  public get proxyProtocol() {
    return this.getStringAttribute('proxy_protocol');
  }
  public set proxyProtocol(value: string) {
    this._proxyProtocol = value;
  }
  public resetProxyProtocol() {
    this._proxyProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proxyProtocolInput() {
    return this._proxyProtocol;
  }

  // ssl_cert - computed: false, optional: true, required: false
  private _sslCert?: string; 
  public get sslCert() {
    return this.getStringAttribute('ssl_cert');
  }
  public set sslCert(value: string) {
    this._sslCert = value;
  }
  public resetSslCert() {
    this._sslCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslCertInput() {
    return this._sslCert;
  }

  // ssl_commonname - computed: true, optional: false, required: false
  public get sslCommonname() {
    return this.getStringAttribute('ssl_commonname');
  }

  // ssl_fingerprint - computed: true, optional: false, required: false
  public get sslFingerprint() {
    return this.getStringAttribute('ssl_fingerprint');
  }

  // ssl_key - computed: false, optional: true, required: false
  private _sslKey?: string; 
  public get sslKey() {
    return this.getStringAttribute('ssl_key');
  }
  public set sslKey(value: string) {
    this._sslKey = value;
  }
  public resetSslKey() {
    this._sslKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslKeyInput() {
    return this._sslKey;
  }

  // stickiness - computed: true, optional: true, required: false
  private _stickiness?: string; 
  public get stickiness() {
    return this.getStringAttribute('stickiness');
  }
  public set stickiness(value: string) {
    this._stickiness = value;
  }
  public resetStickiness() {
    this._stickiness = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stickinessInput() {
    return this._stickiness;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      algorithm: cdktn.stringToTerraform(this._algorithm),
      check: cdktn.stringToTerraform(this._check),
      check_attempts: cdktn.numberToTerraform(this._checkAttempts),
      check_body: cdktn.stringToTerraform(this._checkBody),
      check_interval: cdktn.numberToTerraform(this._checkInterval),
      check_passive: cdktn.booleanToTerraform(this._checkPassive),
      check_path: cdktn.stringToTerraform(this._checkPath),
      check_timeout: cdktn.numberToTerraform(this._checkTimeout),
      cipher_suite: cdktn.stringToTerraform(this._cipherSuite),
      nodebalancer_id: cdktn.numberToTerraform(this._nodebalancerId),
      port: cdktn.numberToTerraform(this._port),
      protocol: cdktn.stringToTerraform(this._protocol),
      proxy_protocol: cdktn.stringToTerraform(this._proxyProtocol),
      ssl_cert: cdktn.stringToTerraform(this._sslCert),
      ssl_key: cdktn.stringToTerraform(this._sslKey),
      stickiness: cdktn.stringToTerraform(this._stickiness),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      algorithm: {
        value: cdktn.stringToHclTerraform(this._algorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      check: {
        value: cdktn.stringToHclTerraform(this._check),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      check_attempts: {
        value: cdktn.numberToHclTerraform(this._checkAttempts),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      check_body: {
        value: cdktn.stringToHclTerraform(this._checkBody),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      check_interval: {
        value: cdktn.numberToHclTerraform(this._checkInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      check_passive: {
        value: cdktn.booleanToHclTerraform(this._checkPassive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      check_path: {
        value: cdktn.stringToHclTerraform(this._checkPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      check_timeout: {
        value: cdktn.numberToHclTerraform(this._checkTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cipher_suite: {
        value: cdktn.stringToHclTerraform(this._cipherSuite),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nodebalancer_id: {
        value: cdktn.numberToHclTerraform(this._nodebalancerId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      port: {
        value: cdktn.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      protocol: {
        value: cdktn.stringToHclTerraform(this._protocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      proxy_protocol: {
        value: cdktn.stringToHclTerraform(this._proxyProtocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssl_cert: {
        value: cdktn.stringToHclTerraform(this._sslCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssl_key: {
        value: cdktn.stringToHclTerraform(this._sslKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stickiness: {
        value: cdktn.stringToHclTerraform(this._stickiness),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
